namespace SiteGen.Tests.Support;

/// <summary>
/// Snapshot files in Verify's convention: the accepted text lives in <c>*.verified.*</c> (or an
/// expected or golden file) beside the test; on mismatch the actual text is written to <c>*.received.*</c>
/// and the test fails. With SITEGEN_ACCEPT=1 the received text is accepted instead.
/// </summary>
internal static class Snapshot
{
    public static void Match(string verifiedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var receivedPath = ReceivedPath(verifiedPath);
        var accept = Environment.GetEnvironmentVariable("SITEGEN_ACCEPT") == "1";
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)} (or run with SITEGEN_ACCEPT=1)."
            : $"Snapshot differs: compare {receivedPath} with {verifiedPath}; accept with SITEGEN_ACCEPT=1 if the change is right.\n{FirstDifference(expected, actual)}");
    }

    private static string ReceivedPath(string verifiedPath)
    {
        var name = Path.GetFileName(verifiedPath);
        var received = name.Contains(".verified.", StringComparison.Ordinal) ? name.Replace(".verified.", ".received.", StringComparison.Ordinal)
            : name.Contains(".expected.", StringComparison.Ordinal) ? name.Replace(".expected.", ".received.", StringComparison.Ordinal)
            : Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name); // golden.yml → golden.received.yml
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, received);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "";
    }
}

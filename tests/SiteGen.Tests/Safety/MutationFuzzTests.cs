using CsCheck;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Property: whatever happens to the seed raw file or to any article's front matter (bytes flipped,
/// the file cut short, control characters or YAML punctuation inserted), import, check and build
/// never throw, and a failed build leaves the previous output exactly as it was, with no partial
/// folders beside it. A second property puts hostile files where SiteGen reads (YAML and Markdown nested to a random
/// depth and form, symlinks to outside, inside, back up or nowhere, FIFOs and sockets): check and build always end,
/// never throw, never publish what a link outside points to, and a failed build leaves the previous output as it was.
/// A fixed seed and a few iterations run in <c>dotnet test</c>; set SITEGEN_FUZZ_ITERATIONS (and optionally
/// SITEGEN_FUZZ_SEED) for a longer run.
/// </summary>
public sealed class MutationFuzzTests
{
    private static readonly byte[] Punctuation = "[]{}:-#&*!|>'\"%@,?\n\t "u8.ToArray();

    /// <summary>One edit to a file's bytes; positions are fractions so they fit any file.</summary>
    public sealed record Mutation(int Kind, double Where, byte Value)
    {
        public byte[] Apply(byte[] bytes, int limit)
        {
            var at = (int)(Where * Math.Max(1, limit));
            at = Math.Clamp(at, 0, bytes.Length);
            return Kind switch
            {
                0 when bytes.Length > 0 => Flip(bytes, Math.Min(at, bytes.Length - 1)),
                1 => bytes[..at],
                2 => [.. bytes[..at], (byte)(Value % 32 == 10 ? 27 : Value % 32), .. bytes[at..]],
                _ => [.. bytes[..at], Punctuation[Value % Punctuation.Length], .. bytes[at..]],
            };
        }

        private byte[] Flip(byte[] bytes, int at)
        {
            var copy = bytes.ToArray();
            copy[at] ^= (byte)(1 << (Value % 8));
            return copy;
        }

        public override string ToString() => $"{new[] { "flip", "truncate", "control", "punctuation" }[Kind]}@{Where:0.000}/{Value}";
    }

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Byte, (kind, where, value) => new Mutation(kind, where, value));

    private static int Iterations => Fuzz.Iterations(30);


    [Fact]
    public void Mutated_input_never_crashes_import_check_or_build_and_never_leaves_partial_output()
    {
        using var temp = new TempDir();
        var input = temp["input"];
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, input);
        var targets = new[] { Repo.SeedFile }
            .Concat(Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md").Order(StringComparer.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(Repo.Input, "articles", "en"), "*.md").Order(StringComparer.Ordinal))
            .Select(f => Path.Combine(input, Path.GetRelativePath(Repo.Input, f)))
            .ToArray();
        var output = temp["output"];
        var options = new BuildOptions(input, Repo.Theme, output, null, Drafts: false, Search: false);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var good = Fingerprint.Of(output);

        var gen = Gen.Select(Gen.Int[0, targets.Length - 1], OneMutation.Array[1, 3], (target, mutations) => (target, mutations));
        gen.Sample(sample =>
        {
            var (target, mutations) = sample;
            var path = targets[target];
            var original = File.ReadAllBytes(path);
            var limit = path.EndsWith(".md", StringComparison.Ordinal) ? FrontMatterLength(original) : original.Length;
            var mutated = mutations.Aggregate(original, (bytes, m) => m.Apply(bytes, limit));
            File.WriteAllBytes(path, mutated);
            try
            {
                if (path.EndsWith(".txt", StringComparison.Ordinal))
                {
                    using var scratch = new TempDir();
                    Repo.CopyData(scratch["input"]);
                    Importer.Run(new ImportOptions([path], scratch["input"], Force: false));
                }

                ContentLoader.Load(input, null);
                var result = SiteBuilder.Build(options);
                Assert.Empty(Fingerprint.Leftovers(output));
                if (result.Succeeded)
                {
                    good = Fingerprint.Of(output);
                }
                else
                {
                    Assert.Equal(good, Fingerprint.Of(output));
                    Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.False(string.IsNullOrEmpty(d.File)));
                }
            }
            finally
            {
                File.WriteAllBytes(path, original);
            }
        }, seed: Fuzz.Seed, iter: Iterations, threads: 1, print: s => $"{Path.GetFileName(targets[s.target])}: {string.Join(", ", s.mutations.Select(m => m.ToString()))}");
    }

    /// <summary>One hostile file: what it is, where it goes (an index into <see cref="Places"/>), how deep or which form.</summary>
    public sealed record Hostile(int Kind, int Place, int Form, int Depth)
    {
        public override string ToString() => Kind switch
        {
            0 => $"nesting {NestingForms[Form % NestingForms.Length].Name} x{Depth} in {Places[Place].Path}",
            1 => $"symlink {LinkTargets[Form % LinkTargets.Length]} at {Places[Place].Path}",
            _ => $"{(Form % 2 == 0 ? "FIFO" : "socket")} at {Places[Place].Path}",
        };
    }

    /// <summary>Where SiteGen reads: a file (relative to the project; theme/ is the project's own copy) and whether check reads it too.</summary>
    private static readonly (string Path, bool Checked)[] Places =
    [
        ("input/articles/zh/hostile.md", true), ("input/articles/en/hostile.md", true), ("input/site.yml", true),
        ("input/data/glossary.yml", true), ("input/data/topics.yml", true), ("input/static/hostile.txt", true),
        ("input/static/sub/hostile", true), ("theme/layouts/partials/card.sbn-html", false), ("theme/i18n/en.yml", false),
        ("theme/assets/hostile.css", false), ("theme/assets/sub/hostile", false),
    ];

    /// <summary>How YAML or Markdown nests, by the text that opens one level.</summary>
    private static readonly (string Name, Func<int, string> Text)[] NestingForms =
    [
        ("yaml [", n => "deep: " + new string('[', n) + "\n"),
        ("yaml {a:", n => "deep: " + string.Concat(Enumerable.Repeat("{a: ", n)) + "\n"),
        ("yaml - -", n => string.Concat(Enumerable.Repeat("- ", n)) + "x\n"),
        ("yaml indented", n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- a:\n"))),
        ("md >", n => new string('>', n) + " 深\n"),
        ("md - -", n => string.Concat(Enumerable.Repeat("- ", n)) + "深\n"),
        ("md indented", n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- 项\n"))),
        ("md emphasis", n => string.Concat(Enumerable.Range(0, n).Select(i => (i % 2 == 0 ? "*" : "_") + "甲 ")) + "深"
            + string.Concat(Enumerable.Range(0, n).Reverse().Select(i => " 乙" + (i % 2 == 0 ? "*" : "_"))) + "\n"),
    ];

    private static readonly string[] LinkTargets = ["to a file outside", "to a folder outside", "to a file inside", "back up (a loop)", "to nowhere"];

    private static readonly Gen<Hostile> OneHostile = Gen.Select(Gen.Int[0, 2], Gen.Int[0, Places.Length - 1], Gen.Int[0, 100],
        Gen.OneOf(Gen.Int[1, 40], Gen.Int[1, 3_000]), (kind, place, form, depth) => new Hostile(kind, place, form, depth));

    [Fact]
    public void Hostile_files_never_hang_crash_leak_or_leave_partial_output()
    {
        using var temp = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, temp["input"]);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, temp["theme"]);
        var outside = temp.Write("outside/secret.txt", "SECRET-OUTSIDE-THE-PROJECT\n");
        var output = temp["output"];
        var options = new BuildOptions(temp["input"], temp["theme"], output, null, Drafts: false, Search: false);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var good = Fingerprint.Of(output);

        OneHostile.Sample(hostile =>
        {
            var (relative, checkReadsIt) = Places[hostile.Place];
            var path = temp[relative];
            var original = File.Exists(path) ? File.ReadAllBytes(path) : null;
            IDisposable? socket = null;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                socket = Plant(hostile, path, original, Path.GetDirectoryName(outside)!);
                var check = Run(() => RunCli.Run(temp.Path, "check", "--input", temp["input"]));
                var result = Run(() => SiteBuilder.Build(options));
                Assert.Empty(Fingerprint.Leftovers(output));
                // Every place here is read: a FIFO, a socket or a file link leading outside is refused, never skipped.
                var mustFail = hostile.Kind == 2 && SpecialFiles.Supported || hostile.Kind == 1 && hostile.Form % LinkTargets.Length == 0;
                Assert.False(mustFail && result.Succeeded, $"{hostile} was built past without an error");
                if (result.Succeeded)
                {
                    Assert.DoesNotContain("SECRET-OUTSIDE", string.Concat(Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
                    if (checkReadsIt)
                    {
                        Assert.True(check.ExitCode == 0, check.Stderr);
                    }

                    good = Fingerprint.Of(output);
                }
                else
                {
                    if (checkReadsIt)
                    {
                        Assert.True(check.ExitCode == 1, "check passed what build rejects: " + string.Join("; ", result.Diagnostics)); // check rejects what build rejects
                    }

                    Assert.Equal(good, Fingerprint.Of(output));
                    Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.False(string.IsNullOrEmpty(d.File)));
                }
            }
            finally
            {
                socket?.Dispose();
                Remove(path);
                if (original is not null)
                {
                    File.WriteAllBytes(path, original);
                }
            }
        }, seed: Fuzz.Seed, iter: Fuzz.Iterations(24), threads: 1, print: h => h.ToString());
    }

    /// <summary>Puts the hostile file at <paramref name="path"/>; a socket is returned to be closed afterwards.</summary>
    private static IDisposable? Plant(Hostile hostile, string path, byte[]? original, string outside)
    {
        switch (hostile.Kind)
        {
            case 0:
                var form = NestingForms[hostile.Form % NestingForms.Length];
                var text = form.Text(hostile.Depth);
                var before = original is null ? "" : System.Text.Encoding.UTF8.GetString(original);
                File.WriteAllText(path, path.EndsWith(".md", StringComparison.Ordinal) && before.Length == 0
                    ? TestSite.Zh("hostile", body: text).Split("--\n", 2)[1]
                    : form.Name.StartsWith("md", StringComparison.Ordinal) ? before + "\n\n" + text : before.TrimEnd('\n') + "\n" + text);
                return null;
            case 1:
                Remove(path);
                var target = (hostile.Form % LinkTargets.Length) switch
                {
                    0 => Path.Combine(outside, "secret.txt"),
                    1 => outside,
                    2 => Directory.GetFiles(Path.GetDirectoryName(path)!).FirstOrDefault() ?? outside,
                    3 => "..",
                    _ => "nowhere-" + hostile.Depth,
                };
                if (hostile.Form % LinkTargets.Length is 1 or 3)
                {
                    Directory.CreateSymbolicLink(path, target);
                }
                else
                {
                    File.CreateSymbolicLink(path, target);
                }

                return null;
            default:
                Remove(path);
                if (!SpecialFiles.Supported)
                {
                    return null;
                }

                if (hostile.Form % 2 == 0)
                {
                    SpecialFiles.Fifo(path);
                    return null;
                }

                try
                {
                    return SpecialFiles.UnixSocket(path);
                }
                catch (ArgumentOutOfRangeException)
                {
                    SpecialFiles.Fifo(path); // a path too long for a socket's address
                    return null;
                }
        }
    }

    private static void Remove(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || info.Exists || FileKinds.Of(path) is FileKind.Fifo or FileKind.Socket)
        {
            info.Delete();
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="work"/>, failing (instead of hanging the test run) if it has not ended by a generous deadline.</summary>
    private static T Run<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromMinutes(3)), "did not end: a read blocked or a parse ran away");
        return task.Result;
    }

    /// <summary>The bytes up to the end of the front matter (the mutations aim there in Markdown files).</summary>
    private static int FrontMatterLength(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? bytes.Length : System.Text.Encoding.UTF8.GetByteCount(text[..(end + 5)]);
    }
}

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
/// folders beside it. A fixed seed and a few iterations run in <c>dotnet test</c>; set
/// SITEGEN_FUZZ_ITERATIONS (and optionally SITEGEN_FUZZ_SEED) for a longer run.
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

    /// <summary>The bytes up to the end of the front matter (the mutations aim there in Markdown files).</summary>
    private static int FrontMatterLength(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? bytes.Length : System.Text.Encoding.UTF8.GetByteCount(text[..(end + 5)]);
    }
}

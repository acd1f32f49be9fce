using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace TypedTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// A small stand-in for Verify.SourceGenerators, keeping its file conventions so the real package can take
/// over without renaming a snapshot: next to the test file, <c>{Class}.{Method}#{HintName without .cs}.verified.cs</c>
/// per generated file (first line <c>//HintName: {HintName}</c>) and <c>{Class}.{Method}.verified.txt</c> for the
/// diagnostics when there are any. A mismatch writes <c>.received.*</c> beside it and fails with a diff.
/// Set the environment variable <c>VERIFY_AUTOVERIFY=true</c> to accept every received snapshot.
/// </summary>
public static class Snapshot
{
    private static bool AutoVerify =>
        string.Equals(Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Verifies generated files and diagnostics against the snapshots of the calling test.</summary>
    public static void Verify(
        IReadOnlyList<(string HintName, string Text)> sources,
        IReadOnlyList<string> diagnostics,
        string testClass,
        [CallerMemberName] string testMethod = "",
        [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = $"{testClass}.{testMethod}";
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in sources)
        {
            var name = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;
            expected[$"{stem}#{name}.verified.cs"] = $"//HintName: {hintName}\n{Normalize(text)}";
        }

        if (diagnostics.Count > 0)
        {
            expected[$"{stem}.verified.txt"] = string.Join("\n", diagnostics) + "\n";
        }

        var failures = new List<string>();
        foreach (var (fileName, text) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var verifiedPath = Path.Combine(directory, fileName);
            var receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
            var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
            if (verified == text)
            {
                File.Delete(receivedPath);
                continue;
            }

            if (AutoVerify)
            {
                File.WriteAllText(verifiedPath, text, new UTF8Encoding(false));
                File.Delete(receivedPath);
                continue;
            }

            File.WriteAllText(receivedPath, text, new UTF8Encoding(false));
            failures.Add(verified is null ? $"New snapshot {fileName}: no verified file yet; review {Path.GetFileName(receivedPath)}." : $"Snapshot {fileName} differs:\n{Diff(verified, text)}");
        }

        // A verified file that the generator no longer produces is a change too.
        foreach (var stale in Directory.EnumerateFiles(directory, stem + "*.verified.*").Select(Path.GetFileName).Where(f => !expected.ContainsKey(f!)).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (AutoVerify)
            {
                File.Delete(Path.Combine(directory, stale!));
            }
            else
            {
                failures.Add($"Snapshot {stale} is no longer produced; delete it if that is intended.");
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures) + "\n\nAccept with VERIFY_AUTOVERIFY=true after reviewing the .received files.");
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Diff(string verified, string received)
    {
        var model = InlineDiffBuilder.Diff(verified, received);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in model.Lines)
        {
            var marker = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => null,
            };
            if (marker is null)
            {
                continue;
            }

            builder.Append(marker).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
            if (++shown == 60)
            {
                builder.AppendLine("  ... (more changes)");
                break;
            }
        }

        return builder.ToString();
    }
}

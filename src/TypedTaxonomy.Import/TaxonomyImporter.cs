using System;
using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using System.Text;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Import.Inference;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Import.Phases;
using TypedTaxonomy.Import.Schema;
using TypedTaxonomy.Import.Writing;
using TypedTaxonomy.Import.Xml;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Import;

/// <summary>
/// Imports an XBRL taxonomy (a schema and its linkbases, optionally with an instance document) into
/// <c>*.taxonomy.yaml</c> files: the extension's own concepts, axes, statements and calculations, and for each
/// base taxonomy it uses (US-GAAP, srt, dei, which are not available offline) the concepts it names, with their
/// attributes inferred from the instance and marked as such.
/// </summary>
public static class TaxonomyImporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the import. Writes nothing: see <see cref="WriteFiles"/>.</summary>
    /// <exception cref="ImportException">An input file is missing or malformed; the exception names the place.</exception>
    /// <exception cref="ArgumentException">An option is invalid (a name that is not a C# identifier).</exception>
    public static ImportResult Import(ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateOptions(options);
        var progress = options.Progress ?? (_ => { });
        var log = new ImportLog();
        using var packages = PackageFiles.Open(options.Packages);
        var (entryPaths, origin) = EntryDocuments(options, packages);

        var roots = new AllowedRoots(entryPaths[0], options.AllowedPaths.Concat(packages.Roots));
        var (dts, _, dtsFindings) = XbrlProcessor.ValidateDts(entryPaths, packages, roots);

        // The entry schema as the DTS parsed it; one the DTS could not read as a schema is read again for its located error.
        var schema = dts.ByPath.TryGetValue(Path.GetFullPath(entryPaths[0]), out var entry) && entry.Kind == DtsDocumentKind.Schema
            ? SchemaReader.Read(entryPaths[0], entry.Xml)
            : SchemaReader.Read(entryPaths[0], packages);
        progress($"reading schema {Path.GetFileName(schema.Path)}: {schema.Elements.Count} elements");
        var schemas = SchemaSet.From(dts, schema, entryPaths, packages, log);
        if (schemas.All.Count > 1)
        {
            progress($"reading {schemas.All.Count - 1} more schemas from packages: {schemas.All.Sum(s => s.Elements.Count)} elements in all");
        }

        foreach (var note in schemas.All.SelectMany(s => s.Notes))
        {
            log.Note(note);
        }

        // A package's entry point often declares nothing itself: the taxonomy imported is then the one of its
        // package's schemas that declares the most concepts, and its file holds the statements.
        var main = schema.Elements.Count > 0 ? schema : schemas.Main.OrderByDescending(s => s.Elements.Count(e => e.Kind == ElementKind.Item)).First();
        var prefixes = new NamespacePrefixes();
        if (main.Prefix is not null)
        {
            prefixes.Register(main.TargetNamespace, main.Prefix);
        }

        // Base taxonomies imported before are named by their own prefixes, so the extension's references resolve to them.
        var bases = BaseTaxonomies.Load(options.BaseTaxonomies);
        foreach (var taxonomy in bases.Taxonomies)
        {
            prefixes.Register(taxonomy.NamespaceUri, taxonomy.Prefix);
        }

        InstanceFacts? facts = null;
        if (options.InstancePath is { } instancePath)
        {
            facts = InstanceFacts.Read(instancePath, prefixes);
            progress($"reading instance {facts.FileName}: {facts.Report.Facts.Count} facts");
            foreach (var note in facts.Report.Notes)
            {
                log.Note($"{facts.FileName}: {note}");
            }
        }

        var extensionPrefix = prefixes.PrefixOf(main.TargetNamespace) ?? prefixes.Register(main.TargetNamespace, PrefixFromFileName(main.Path));
        if (main.Prefix is null)
        {
            log.Note($"{Path.GetFileName(main.Path)} declares no prefix for its namespace {main.TargetNamespace}; '{extensionPrefix}' is used.");
        }

        // Prefixes the schemas declare help name concepts of namespaces the instance does not mention; a schema read
        // from a package names its own namespace's prefix.
        foreach (var read in schemas.All)
        {
            foreach (var (prefix, ns) in read.Namespaces.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (prefix.Length > 0 && (read.Imports.Any(i => i.Namespace == ns) || (ns == read.TargetNamespace && read != schema)))
                {
                    prefixes.Register(ns, prefix);
                }
            }
        }

        string PrefixOf(TaxonomySchema read) => read == main ? extensionPrefix : prefixes.PrefixOf(read.TargetNamespace) ?? prefixes.Register(read.TargetNamespace, read.Prefix ?? PrefixFromFileName(read.Path));
        var resolver = new LocatorResolver(schema, extensionPrefix, prefixes, log, roots, schemas, PrefixOf);
        var linkbaseFiles = new List<string>();
        foreach (var read in schemas.Main)
        {
            linkbaseFiles.AddRange(LinkbaseContent.FindFiles(read, schemas, log).Where(f => !linkbaseFiles.Contains(f, StringComparer.Ordinal)));
        }

        foreach (var additional in options.AdditionalLinkbases.Select(Path.GetFullPath))
        {
            if (!File.Exists(additional))
            {
                throw new ImportException(additional, 0, 0, "the linkbase does not exist");
            }

            if (!linkbaseFiles.Contains(additional, StringComparer.Ordinal))
            {
                linkbaseFiles.Add(additional);
            }
        }

        var linkbases = LinkbaseContent.Read(schemas.Main, linkbaseFiles, resolver, dts, packages);
        RejectInvalid(dtsFindings, options.AllowInvalid, log);
        progress($"labels: {linkbases.Labels.Count}");
        progress($"presentation: {linkbases.Presentation.Select(r => r.LinkRole).Distinct().Count()} roles");
        progress($"calculation: {linkbases.Calculation.Count} arcs");
        progress($"definition: {linkbases.Definition.Count} arcs");

        var model = new ImportModel(schemas, extensionPrefix, prefixes, facts, linkbases, log) { Origin = origin, Bases = bases };
        ConceptCollector.Run(model);
        DimensionAnalyzer.Run(model);
        bases.Apply(model);
        progress(facts is null ? "inferring: no instance given; concepts of other taxonomies are typed from the calculations and their names only" : $"inferring from {facts.Report.Facts.Count} facts");
        ConceptTyper.Run(model);
        StatementBuilder.Run(model);
        CalculationBuilder.Run(model);
        NoteLeftOutLabelsAndRelationships(model);

        var taxonomyName = options.TaxonomyName ?? Identifiers.ToIdentifier(extensionPrefix, "Taxonomy");
        var written = ImportedFileWriter.WriteAll(model, taxonomyName, options.CSharpNamespace, ExtensionPath(options, extensionPrefix));
        var diagnostics = Verify(written, bases);
        progress($"checking the output: {diagnostics.Count(d => d.Severity == SchemaSeverity.Error)} errors, {diagnostics.Count(d => d.Severity == SchemaSeverity.Warning)} warnings");

        var inferred = written.SelectMany(f => f.Inferred).ToList();
        var summary = new ImportSummary
        {
            SchemaPath = schema.Path,
            Prefix = extensionPrefix,
            ElementsRead = schemas.Main.Sum(s => s.Elements.Count),
            LabelsRead = linkbases.Labels.Count,
            PresentationRolesRead = linkbases.Presentation.Select(r => r.LinkRole).Distinct().Count(),
            CalculationArcsRead = linkbases.Calculation.Count,
            DefinitionArcsRead = linkbases.Definition.Count,
            FactsRead = facts?.Report.Facts.Count ?? 0,
            Files = written.Select(f => f.Summary).ToList(),
            Inferred = inferred,
            Untyped = inferred.Where(i => i.Attribute == "type" && i.Kind == "assumed" && i.Value == "string").Select(i => i.Concept).ToList(),
            LeftOut = new SortedDictionary<string, string>(log.LeftOut, StringComparer.Ordinal),
        };
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in written)
        {
            files[file.Path] = file.Text;
        }

        return new ImportResult(files, summary, log.Notes.ToList(), diagnostics);
    }

    /// <summary>
    /// The schemas an import starts from: the schema given, or the documents of the chosen entry point of the
    /// package given (which joins the import's packages), with a line saying which entry point of which package.
    /// </summary>
    private static (List<string> Paths, string? Origin) EntryDocuments(ImportOptions options, PackageFiles packages)
    {
        if (!TaxonomyPackage.IsPackage(options.SchemaPath))
        {
            if (options.EntryPoint is not null)
            {
                throw new ArgumentException($"An entry point ('{options.EntryPoint}') is chosen, but {options.SchemaPath} is not a taxonomy package (a folder or .zip with META-INF/taxonomyPackage.xml).", nameof(options));
            }

            return (new List<string> { options.SchemaPath }, null);
        }

        var package = packages.Add(options.SchemaPath);
        TaxonomyPackageEntryPoint entryPoint;
        try
        {
            entryPoint = package.FindEntryPoint(options.EntryPoint);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal), nameof(options), e);
        }
        var paths = new List<string>();
        foreach (var document in entryPoint.Documents)
        {
            if (packages.Resolve(document) is not { } path || package != packages.PackageOf(path))
            {
                throw new ImportException(options.SchemaPath, 0, 0, $"tpe:invalidMetaDataFile: the entry point {Excerpt.Quote(entryPoint.Name)} names {Excerpt.Quote(document)}, which the package's catalog does not map to a file inside it");
            }

            paths.Add(path);
        }

        return (paths, $"the entry point '{entryPoint.Name}' of the taxonomy package {package.Identifier}{(package.Version is null ? string.Empty : " version " + package.Version)} ({Path.GetFileName(Path.TrimEndingDirectorySeparator(options.SchemaPath))})");
    }

    /// <summary>
    /// An import starts from a valid taxonomy: its DTS is discovered and validated as an XBRL 2.1 processor does
    /// (<see cref="XbrlProcessor"/>), and any error stops the import with every error found, unless
    /// <paramref name="allowInvalid"/>, when each is a note. It is decided once the import's own reading has succeeded,
    /// so a malformed file is the import's located error first. What lies in remote documents that are not at hand is
    /// not judged (their concepts are inferred, as the import notes).
    /// </summary>
    private static void RejectInvalid(IEnumerable<DtsFinding> findings, bool allowInvalid, ImportLog log)
    {
        const int Listed = 20;
        var errors = findings.Where(f => f.IsError).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        if (allowInvalid)
        {
            foreach (var finding in errors)
            {
                log.Note($"{finding} (imported anyway: --allow-invalid)");
            }

            return;
        }

        var first = errors[0];
        var count = errors.Count == 1 ? "an error" : errors.Count.ToString(CultureInfo.InvariantCulture) + " errors";
        var reason = $"the taxonomy is not valid XBRL ({count}), so nothing is imported (--allow-invalid imports it anyway): {first.Code}: {first.Message}"
            + string.Concat(errors.Skip(1).Take(Listed - 1).Select(f => Environment.NewLine + Place(f) + $": error {f.Code}: {f.Message}"))
            + (errors.Count > Listed ? Environment.NewLine + $"... and {errors.Count - Listed} more." : string.Empty);
        throw new ImportException(first.File, first.Line, first.Column, reason) { Findings = errors };

        static string Place(DtsFinding f) => f.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{f.File}({f.Line},{f.Column})") : f.File;
    }

    /// <summary>Writes the files of an import as UTF-8, creating their directories.</summary>
    public static void WriteFiles(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (path, text) in result.Files)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, text, Utf8NoBom);
        }
    }

    private static void ValidateOptions(ImportOptions options)
    {
        if (options.TaxonomyName is { } name && NameRules.WhyNotIdentifier(name) is { } whyName)
        {
            throw new ArgumentException($"The taxonomy name '{name}' is not a C# identifier: {whyName}.", nameof(options));
        }

        if (options.CSharpNamespace is { } ns && NameRules.WhyNotNamespace(ns) is { } whyNamespace)
        {
            throw new ArgumentException($"The C# namespace '{ns}' is not valid: {whyNamespace}.", nameof(options));
        }
    }

    /// <summary>The extension file's path: the given file, or <c>prefix.taxonomy.yaml</c> in the given directory.</summary>
    private static string ExtensionPath(ImportOptions options, string prefix)
    {
        var output = options.OutputPath;
        if (output is not null && TaxonomyFileParser.IsTaxonomyFile(output))
        {
            if (output.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The output '{output}' is a JSON schema file; the import writes YAML (*.taxonomy.yaml).", nameof(options));
            }

            return output;
        }

        return Path.Combine(output ?? ".", prefix + ".taxonomy.yaml");
    }

    /// <summary>The leading letters of the file name (<c>aapl-20230930.xsd</c> → <c>aapl</c>), for a schema that names no prefix.</summary>
    private static string PrefixFromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var letters = new string(stem.TakeWhile(c => c < 128 && char.IsLetter(c)).ToArray()).ToLowerInvariant();
        return letters.Length > 0 ? letters : "ext";
    }

    private static void NoteLeftOutLabelsAndRelationships(ImportModel model)
    {
        foreach (var group in model.Linkbases.Labels.Where(l => LabelRoles.ShortName(l.Role) is null).GroupBy(l => l.Role).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            model.Log.Note($"{DimensionAnalyzer.Count(group.Count(), "label")} in the role {group.Key} are left out: the format has no key for that role.");
        }

        foreach (var group in model.Linkbases.LeftOut.GroupBy(r => r.Arcrole).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            model.Log.Note($"Relationships with the arc role {group.Key} are left out, the format having no key for that arc role: {DimensionAnalyzer.Count(group.Count(), "relationship")} (the first from {first.From} to {first.To}).");
        }
    }

    /// <summary>Parses and resolves the produced files as the generator would, so problems show up now and not at build time.</summary>
    private static List<SchemaDiagnostic> Verify(List<WrittenFile> files, BaseTaxonomies bases)
    {
        var written = files.Select(file => (file.Path, file.Text)).ToList();
        var paths = new HashSet<string>(written.Select(f => f.Path), StringComparer.Ordinal);
        return TypedTaxonomy.Schema.SchemaFileSet.Check(written.Concat(bases.Files)).Diagnostics
            .Where(d => bases.Files.Count == 0 || paths.Contains(d.Span.FilePath))
            .ToList();
    }
}

using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/TypedTaxonomy.Generator.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

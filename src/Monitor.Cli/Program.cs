// The `monitor` command: replay a corpus through an in-process silo, send files to a running
// service, tail its alerts, back up and restore the embedded store, and score the analysis on public data sets.
using System.CommandLine;
using Monitor.Cli.Commands;

var root = new RootCommand("Monitor: who said what, and when they contradicted themselves.");
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(AlertsTailCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(CheckPairsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(BackupCommand.CreateBackup());
root.Subcommands.Add(BackupCommand.CreateRestore());
return await root.Parse(args).InvokeAsync();

// The `monitor` command: replay a corpus through an in-process silo (more commands arrive with
// extraction, the contradiction engine and alert delivery).
using System.CommandLine;
using Monitor.Cli.Commands;

var root = new RootCommand("Monitor: who said what, and when they contradicted themselves.");
root.Subcommands.Add(ReplayCommand.Create());
return await root.Parse(args).InvokeAsync();

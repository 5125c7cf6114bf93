using SiteGen.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);

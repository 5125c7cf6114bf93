using SiteGen.Cli;

NativeHandoff.RunNativeIfBuilt(args);
return CommandLine.Run(args, Console.Out, Console.Error);

using Sensoa.Flags.Cli;

var stdin = Console.OpenStandardInput();
CliApp.ProcessStandardInput = stdin;
return CliApp.Run(args, stdin, Console.Out, Console.Error);

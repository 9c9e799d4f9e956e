using Sensoa.Flags.Cli;

return CliApp.Run(args, Console.OpenStandardInput(), Console.Out, Console.Error);

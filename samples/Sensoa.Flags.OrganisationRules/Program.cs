using Sensoa.Flags.OrganisationRules;

return SampleApp.Run(args, Console.Out, Console.Error);

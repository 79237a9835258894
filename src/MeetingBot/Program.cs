using MeetingBot.Cli;

return await CommandLine.RunAsync(args);

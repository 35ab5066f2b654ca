package org.tocsin.cli;

import picocli.CommandLine.Command;

@Command(name = "tocsin", mixinStandardHelpOptions = true, version = "Tocsin 0.1.0",
        description = "Early warning and response for mass atrocities.",
        subcommands = {ServeCommand.class, ImportCommand.class, ReplayCommand.class, EvaluateCommand.class,
                EvaluateTaggingCommand.class, JournalCommand.class})
public class TocsinCommand {
    /** {@code serve} returns while its web server keeps the JVM alive; other commands exit. */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }
}

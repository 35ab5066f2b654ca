package org.tocsin;

import org.tocsin.cli.TocsinCommand;
import picocli.CommandLine;

/** Entry point of {@code tocsin.jar}: every subcommand (serve, import, replay, …) starts here. */
public final class TocsinMain {
    private TocsinMain() {}

    public static void main(String[] args) {
        int code = new CommandLine(new TocsinCommand()).execute(args);
        if (code != 0 || !TocsinCommand.keepsRunning(args)) System.exit(code);
    }
}

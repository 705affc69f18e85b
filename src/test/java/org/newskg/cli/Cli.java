package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, capturing what it prints. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Newskg.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}

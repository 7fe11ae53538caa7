/**
 * The command line: thin picocli subcommands over the build, printing diagnostics
 * compiler-style and choosing the exit code. Receives the user's arguments; hands on files.
 */
package org.paperdeck.cli;

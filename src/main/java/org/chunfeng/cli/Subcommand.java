package org.chunfeng.cli;

import java.util.concurrent.Callable;

/**
 * A top-level command ({@code import}, {@code run}, ...). Implementations are Spring
 * beans annotated with picocli's {@code @Command}; the root command finds them all.
 */
interface Subcommand extends Callable<Integer> {

}

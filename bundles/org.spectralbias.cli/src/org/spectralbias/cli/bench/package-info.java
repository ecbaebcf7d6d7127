/**
 * The benchmark harness behind {@code spectralbias bench}: times the numeric workloads of the workbench in this JVM
 * and, in the same run, the same workloads in the numpy/scipy reference script {@code releng/bench/reference.py},
 * and prints medians and ratios (Java/reference) as a table or csv. Plain Java: no picocli and no OSGi, so that the
 * command and the tests call {@link org.spectralbias.cli.bench.BenchHarness#run} directly.
 * See {@code releng/bench/README.md} for the method.
 */
package org.spectralbias.cli.bench;

/**
 * Reading and writing instance and solution files. One {@link io.hyperseed.core.io.InstanceReader} per format
 * (hMETIS, HypOp, BIPNN seed text, G-set/rudy, OR-Library BQP and MKNAP, DIMACS CNF/WCNF, Hyperseed's PUBO text),
 * {@link io.hyperseed.core.io.InstanceFiles} to pick one by {@link io.hyperseed.core.io.Format} or by detection,
 * {@link io.hyperseed.core.io.PuboWriter} and {@link io.hyperseed.core.io.HypergraphWriter} to write problems, and
 * {@link io.hyperseed.core.io.SolutionFiles} for solutions named with the instance's own variable names.
 *
 * <p>All readers stream the file line by line through one hand-rolled tokenizer, never size an array from a header
 * count that the file size cannot justify, and report malformed input as
 * {@link io.hyperseed.core.io.InstanceFormatException} with the file, the 1-based line and the problem. The formats
 * are described in {@code docs/formats.md}.
 */
package io.hyperseed.core.io;

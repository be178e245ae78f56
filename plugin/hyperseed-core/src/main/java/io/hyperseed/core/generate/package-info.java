/**
 * Seeded generators of test and example instances: random hypergraphs ({@link
 * io.hyperseed.core.generate.RandomHypergraphs}), random constrained binary programs with a planted feasible point
 * ({@link io.hyperseed.core.generate.RandomPrograms}), and the small example files of the project's {@code data/}
 * folder ({@link io.hyperseed.core.generate.ExampleData}). Every generator takes an explicit seed and uses
 * {@link java.util.Random}, whose sequence the JDK specifies, so the same call writes the same bytes on any JVM.
 */
package io.hyperseed.core.generate;

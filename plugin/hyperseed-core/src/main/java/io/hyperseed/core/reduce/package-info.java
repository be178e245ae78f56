/**
 * Exact reductions for hypergraph max-cut: {@link io.hyperseed.core.reduce.CutReducer} shrinks a
 * {@link io.hyperseed.core.model.Hypergraph} to a kernel whose every assignment lifts to an assignment of the
 * original instance with the same cut up to a constant ({@link io.hyperseed.core.reduce.CutReduction}). Search runs
 * on the kernel; solution files and reported objectives stay those of the original instance.
 */
package io.hyperseed.core.reduce;

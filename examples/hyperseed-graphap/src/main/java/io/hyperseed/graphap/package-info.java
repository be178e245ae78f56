/**
 * Graph classification study: affinity-propagation communities on a structural similarity, a GCN per community,
 * and attention over communities, compared with plain GCN and GIN on the same folds of TUDataset graphs over several
 * split seeds, with paired tests. Entry points: {@link io.hyperseed.graphap.StudyRunner#run} with
 * {@link io.hyperseed.graphap.StudyOptions} and {@link io.hyperseed.graphap.Hyperparameters}; the command line is
 * {@code hyperseed graphap}.
 */
@NullMarked
package io.hyperseed.graphap;

import org.jspecify.annotations.NullMarked;

/**
 * Graph classification study: affinity-propagation communities on a structural similarity, a GCN per community,
 * and attention over communities, compared with plain GCN and GIN on TUDataset graphs. Entry point:
 * {@link io.hyperseed.graphap.StudyRunner}.
 */
@NullMarked
package io.hyperseed.graphap;

import org.jspecify.annotations.NullMarked;

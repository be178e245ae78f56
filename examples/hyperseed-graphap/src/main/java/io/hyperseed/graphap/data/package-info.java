/** Reading TUDataset graph-classification collections into immutable labelled graphs. */
@NullMarked
package io.hyperseed.graphap.data;

import org.jspecify.annotations.NullMarked;

/** Hold-out plus k-fold cross-validation protocol and the training loop for one fold. */
@NullMarked
package io.hyperseed.graphap.train;

import org.jspecify.annotations.NullMarked;

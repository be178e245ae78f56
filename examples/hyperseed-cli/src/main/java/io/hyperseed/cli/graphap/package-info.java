/** {@code hyperseed graphap}: runs the graph-classification study of the hyperseed-graphap module. */
package io.hyperseed.cli.graphap;

/** Hyperseed graphap module. */
package io.hyperseed.graphap;

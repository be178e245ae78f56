/** Hyperseed timefold module. */
package io.hyperseed.timefold;

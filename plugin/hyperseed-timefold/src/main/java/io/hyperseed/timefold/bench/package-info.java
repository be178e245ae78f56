/** The benchmark main: move evaluation speed, Tabu settings grid and a quick quality check. */
package io.hyperseed.timefold.bench;

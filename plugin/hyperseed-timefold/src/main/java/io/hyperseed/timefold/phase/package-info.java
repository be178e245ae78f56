/** The neural and greedy construction phases (Timefold 2.x custom phases) and their listener. */
package io.hyperseed.timefold.phase;

/** The incremental score calculator, delegating to the core fixed-point score tracker. */
package io.hyperseed.optaplanner.score;

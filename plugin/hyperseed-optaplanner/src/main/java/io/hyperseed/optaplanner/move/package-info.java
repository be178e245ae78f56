/**
 * Moves for programs: swaps inside choice groups, and the structured neighbourhood ({@link
 * io.hyperseed.optaplanner.move.ProgramMoveIteratorFactory}: ranked flips and exchanges under an adaptive penalty,
 * WalkSAT flips for MAX-SAT).
 */
package io.hyperseed.optaplanner.move;

/** Flip and choice-group swap moves (preview Move API) and the move iterator factories that generate them. */
package io.hyperseed.timefold.move;

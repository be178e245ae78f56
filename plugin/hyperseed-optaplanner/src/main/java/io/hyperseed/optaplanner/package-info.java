/** Hyperseed optaplanner module. */
package io.hyperseed.optaplanner;

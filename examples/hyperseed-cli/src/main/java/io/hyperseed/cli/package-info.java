/** Hyperseed cli module. */
package io.hyperseed.cli;

/** A benchmark main printing move evaluation speed and quality on public instances. */
package io.hyperseed.optaplanner.bench;

/** The facility opening domain: the {@code Facility} entity, the {@code Customer} fact, the plan. */
package io.hyperseed.example.facility.domain;

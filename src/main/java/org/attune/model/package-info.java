/**
 * The values of Attune's domain: transcripts, their turns and the roles of speakers.
 *
 * <p>Everything here is an immutable record or enum that validates itself on construction, so a
 * value that exists is a valid one. This package depends on nothing else in Attune.
 */
package org.attune.model;

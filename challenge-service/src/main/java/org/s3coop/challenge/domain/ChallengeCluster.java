package org.s3coop.challenge.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the working group's clusters of challenges (catalogue data, from the migrations). */
@Entity
@Table(name = "challenge_cluster")
public class ChallengeCluster {
    @Id
    public String code;
    public String name;
    public String description;
    /** Order in the catalogue; also the last tie-break of a ranking round. */
    public int position;
}

package org.s3coop.challenge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sub-dimension of a challenge cluster (catalogue data, from the migrations). */
@Entity
@Table(name = "challenge_sub_dimension")
public class SubDimension {
    @Id
    public String code;
    @Column(name = "cluster_code")
    public String clusterCode;
    public String name;
    public String description;
    public int position;
}

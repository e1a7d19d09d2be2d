// A name found in a paragraph's plain text, before it is resolved to an entity.
export interface NameMention {
  from: number;
  to: number;
  name: string;
  kind: 'person' | 'organization';
  /** Honorific as written (Mr, Ms), for short forms. */
  honorific?: string;
  /** A short form ("Mr. Zou") to be resolved to a full name. */
  short?: boolean;
  label?: 'Company' | 'University' | 'GovernmentBody';
}

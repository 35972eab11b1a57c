import { Migration } from '@mikro-orm/migrations';

export class Migration20261206055202_message_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`messages\` add column \`from_me\` integer not null default true;`);
    this.addSql(`alter table \`messages\` add column \`sender\` text null;`);
    this.addSql(`alter table \`messages\` add column \`sender_lid\` text null;`);
    this.addSql(`alter table \`messages\` add column \`is_group\` integer not null default false;`);
    this.addSql(`alter table \`messages\` add column \`type\` text null;`);
    this.addSql(`alter table \`messages\` add column \`body\` text null;`);
    this.addSql(`alter table \`messages\` add column \`quoted_id\` text null;`);
    this.addSql(`alter table \`messages\` add column \`has_media\` integer not null default false;`);
    this.addSql(`alter table \`messages\` add column \`mime_type\` text null;`);
    this.addSql(`alter table \`messages\` add column \`filename\` text null;`);
    this.addSql(`alter table \`messages\` add column \`sent_at\` datetime null;`);
    this.addSql(`alter table \`messages\` add column \`reaction\` text null;`);
    this.addSql(`alter table \`messages\` add column \`edited_at\` datetime null;`);
    this.addSql(`alter table \`messages\` add column \`deleted_at\` datetime null;`);
    this.addSql(`create index \`messages_chat_history_index\` on \`messages\` (\`session\`, \`chat_id\`, \`sent_at\`);`);
    this.addSql(`update \`messages\` set \`sent_at\` = \`created_at\` where \`sent_at\` is null;`);
    // The words of every message, searchable: an FTS5 index over the table's own rows (by rowid), kept by
    // triggers. A later migration that rebuilds the messages table must create these again and rebuild the
    // index ('rebuild'), as must anything that renumbers the table's rowids (VACUUM).
    this.addSql(
      `create virtual table \`messages_fts\` using fts5(\`body\`, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');`,
    );
    this.addSql(`insert into \`messages_fts\`(\`messages_fts\`) values ('rebuild');`);
    this.addSql(
      `create trigger \`messages_fts_insert\` after insert on \`messages\` begin insert into \`messages_fts\`(rowid, \`body\`) values (new.rowid, new.\`body\`); end;`,
    );
    this.addSql(
      `create trigger \`messages_fts_delete\` after delete on \`messages\` begin insert into \`messages_fts\`(\`messages_fts\`, rowid, \`body\`) values ('delete', old.rowid, old.\`body\`); end;`,
    );
    this.addSql(
      `create trigger \`messages_fts_update\` after update of \`body\` on \`messages\` begin insert into \`messages_fts\`(\`messages_fts\`, rowid, \`body\`) values ('delete', old.rowid, old.\`body\`); insert into \`messages_fts\`(rowid, \`body\`) values (new.rowid, new.\`body\`); end;`,
    );
  }

}

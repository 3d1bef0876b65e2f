import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editions\` ADD \`content_id\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`editions_content_id_idx\` ON \`editions\` (\`content_id\`);`)
  // Editions started before editions had a name in content/ are named by their number, as new ones are.
  await db.run(sql`UPDATE \`editions\` SET \`content_id\` = CAST(\`number\` AS text) WHERE \`number\` IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`editions_content_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`editions\` DROP COLUMN \`content_id\`;`)
}

import { sql, type Kysely } from "kysely";

/**
 * The initial schema. Frozen in time: a migration is never edited after it lands; later changes
 * come as new migrations. Written against `Kysely<unknown>` so that later changes to the
 * TypeScript schema cannot alter what this migration does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const now = sql`now()`;

  await db.schema
    .createTable("units")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("valid_from", "date", (c) => c.notNull())
    .addColumn("valid_to", "date")
    .execute();

  await db.schema
    .createTable("unit_lineage")
    .addColumn("from_unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("to_unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("effective", "date", (c) => c.notNull())
    .addColumn("relation", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("unit_lineage_pk", ["from_unit_id", "to_unit_id"])
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('national_admin', 'province_admin', 'agency_contributor', 'viewer')`))
    .addColumn("unit_id", "text", (c) => c.references("units.id"))
    .addColumn("agency", "text")
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("disabled_at", "timestamptz")
    .addCheckConstraint("users_scope", sql`(role = 'national_admin') or unit_id is not null`)
    .addCheckConstraint("users_agency", sql`(role <> 'agency_contributor') or agency is not null`)
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("succeeded", "boolean", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("login_attempts_recent").on("login_attempts").columns(["email", "at"]).execute();

  await db.schema
    .createTable("packs")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("pack_id", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("title_vi", "text", (c) => c.notNull())
    .addColumn("years", "jsonb", (c) => c.notNull())
    .addColumn("coverage", "text", (c) => c.notNull())
    .addColumn("content", "jsonb", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('installed', 'uploaded')`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'active')`))
    .addColumn("uploaded_by", "uuid", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("pinned_at", "timestamptz")
    .addUniqueConstraint("packs_id_version", ["pack_id", "version"])
    .execute();

  await db.schema
    .createTable("assessments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("period", "integer", (c) => c.notNull())
    .addColumn("pack_row_id", "uuid", (c) => c.notNull().references("packs.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'submitted', 'locked')`),
    )
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("is_demo", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_by", "uuid", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("assessments_unit_period_pack", ["unit_id", "period", "pack_row_id"])
    .execute();

  await db.schema
    .createTable("input_values")
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("input_id", "text", (c) => c.notNull())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("source", "text")
    .addColumn("comment", "text")
    .addColumn("updated_by", "uuid", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("input_values_pk", ["assessment_id", "input_id"])
    .execute();

  await db.schema
    .createTable("evidence_files")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", "bytea", (c) => c.notNull())
    .addColumn("uploaded_by", "uuid", (c) => c.references("users.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("assignments")
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("pack_row_id", "uuid", (c) => c.notNull().references("packs.id"))
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("lead_agency", "text")
    .addColumn("cooperating_agencies", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("assignments_pk", ["unit_id", "pack_row_id", "indicator_code"])
    .execute();

  await db.schema
    .createTable("indicator_workflow")
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'submitted', 'approved', 'returned')`))
    .addColumn("reason", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "uuid", (c) => c.references("users.id"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("indicator_workflow_pk", ["assessment_id", "indicator_code"])
    .execute();

  await db.schema
    .createTable("score_snapshots")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("assessment_id", "uuid", (c) => c.references("assessments.id"))
    .addColumn("period", "integer", (c) => c.notNull())
    .addColumn("pack_row_id", "uuid", (c) => c.notNull().references("packs.id"))
    .addColumn("pack_hash", "text", (c) => c.notNull())
    .addColumn("reference", "jsonb", (c) => c.notNull())
    .addColumn("result", "jsonb", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("imports")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("checksum", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("rows", "integer", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("imports_once", ["kind", "target", "checksum"])
    .execute();

  await db.schema
    .createTable("published_results")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("import_id", "uuid", (c) => c.notNull().references("imports.id"))
    .addColumn("period", "integer", (c) => c.notNull())
    .addColumn("pack_id", "text", (c) => c.notNull())
    .addColumn("unit_id", "text", (c) => c.notNull().references("units.id"))
    .addColumn("overall", "double precision", (c) => c.notNull())
    .addColumn("rank", "integer")
    .addColumn("indices", "jsonb", (c) => c.notNull())
    .addColumn("pillars", "jsonb", (c) => c.notNull())
    .addColumn("source", "text")
    .addUniqueConstraint("published_once", ["period", "pack_id", "unit_id"])
    .execute();

  await db.schema
    .createTable("plan_items")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessments.id").onDelete("cascade"))
    .addColumn("indicator_code", "text", (c) => c.notNull())
    .addColumn("current_value", "text")
    .addColumn("target_value", "text")
    .addColumn("target_points", "double precision")
    .addColumn("lead_agency", "text")
    .addColumn("cooperating_agencies", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("deadline", "date")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("planned")
        .check(sql`status in ('planned', 'in_progress', 'done', 'cancelled')`),
    )
    .addColumn("progress_notes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "uuid", (c) => c.references("users.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("actor_id", "uuid", (c) => c.references("users.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id"]).execute();

  // Append-only and immutable rows are enforced by the database itself, not only by the code.
  await sql`
    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% rows cannot be %', tg_table_name, lower(tg_op) using errcode = 'P0001';
    end
    $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function refuse_change()`.execute(
    db,
  );
  await sql`create trigger score_snapshots_immutable before update or delete on score_snapshots for each row execute function refuse_change()`.execute(
    db,
  );
  await sql`
    create function refuse_pinned_pack_change() returns trigger language plpgsql as $$
    begin
      if old.pinned_at is not null and (tg_op = 'DELETE' or new.content is distinct from old.content or new.hash is distinct from old.hash) then
        raise exception 'pack % % is used by a score snapshot and cannot change', old.pack_id, old.version using errcode = 'P0001';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger packs_pinned before update or delete on packs for each row execute function refuse_pinned_pack_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "audit_log",
    "plan_items",
    "published_results",
    "imports",
    "score_snapshots",
    "indicator_workflow",
    "assignments",
    "evidence_files",
    "input_values",
    "assessments",
    "packs",
    "login_attempts",
    "sessions",
    "users",
    "unit_lineage",
    "units",
  ])
    await db.schema.dropTable(table).execute();
  await sql`drop function if exists refuse_change`.execute(db);
  await sql`drop function if exists refuse_pinned_pack_change`.execute(db);
}

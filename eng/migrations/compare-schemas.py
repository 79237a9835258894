#!/usr/bin/env python3
"""Proves two migration scripts build the same database.

Usage: compare-schemas.py sqlite OLD.sql NEW.sql [--backfill-default TABLE.COLUMN ...]
       compare-schemas.py postgres OLD.sql NEW.sql [--backfill-default TABLE.COLUMN ...]
       (postgres needs PGHOST, PGPORT and PGUSER in the environment)

Each script (the output of `dotnet ef migrations script`) is run on an empty database, and the
resulting schemas are described in a normalised form: tables, columns with type, nullability,
default and identity; indexes with their columns, uniqueness and filter; keys and foreign keys.
Column order is ignored (a column added by a later migration sits last, which EF does not care
about); everything else must match. Exit 0 when equal, 1 with a diff when not.

--backfill-default names a column whose default exists only in the old chain because a later
migration added the column to tables that already had rows (EF's AddColumn with defaultValue). The
model has no default, so a fresh InitialCreate has none, and EF writes the column on every insert.
Only that default is set aside, each one by name, and the script says which it set aside.
"""
import argparse
import difflib
import os
import re
import sqlite3
import subprocess
import sys
import tempfile


def sqlite_schema(script: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(os.path.join(folder, "schema.db"))
        db.executescript(script)
        lines = []
        tables = [r[0] for r in db.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")]
        for table in tables:
            sql = db.execute("select sql from sqlite_master where type='table' and name=?", (table,)).fetchone()[0]
            lines.append(f"table {table} autoincrement={'AUTOINCREMENT' in sql.upper()}")
            for cid, name, ctype, notnull, default, pk in db.execute(f'pragma table_info("{table}")'):
                lines.append(f"  column {table}.{name} {ctype} notnull={notnull} default={default} pk={pk}")
            for row in db.execute(f'pragma foreign_key_list("{table}")'):
                _, seq, target, source, to, on_update, on_delete, _ = row
                lines.append(f"  fk {table}.{source} -> {target}.{to} on_delete={on_delete} on_update={on_update}")
            for _, name, unique, origin, partial in db.execute(f'pragma index_list("{table}")'):
                columns = [r[2] for r in db.execute(f'pragma index_info("{name}")')]
                index_sql = db.execute("select sql from sqlite_master where type='index' and name=?", (name,)).fetchone()
                where = index_sql[0].split(" WHERE ", 1)[1] if index_sql and index_sql[0] and " WHERE " in index_sql[0] else ""
                lines.append(f"  index {name} on {table}({', '.join(columns)}) unique={unique} origin={origin} where={where}")
        return sorted(lines)


def psql(database: str, sql: str, *extra: str) -> str:
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, *extra, "-c", sql],
                          check=True, capture_output=True, text=True).stdout


def postgres_schema(script: str, name: str) -> list[str]:
    psql("postgres", f'drop database if exists "{name}"')
    psql("postgres", f'create database "{name}"')
    try:
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as file:
            file.write(script)
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", name, "-f", file.name],
                       check=True, capture_output=True, text=True)
        os.unlink(file.name)
        query = """
            select 'column ' || table_name || '.' || column_name || ' ' || data_type || '/' || udt_name
                   || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
                   || ' identity=' || is_identity || coalesce('/' || identity_generation, '')
              from information_schema.columns where table_schema = 'public'
            union all
            select 'index ' || indexname || ': ' || indexdef from pg_indexes where schemaname = 'public'
            union all
            select 'constraint ' || conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid)
              from pg_constraint where connamespace = 'public'::regnamespace
            union all
            select 'table ' || tablename from pg_tables where schemaname = 'public'
        """
        out = psql(name, query, "-t", "-A")
        return sorted(line for line in out.splitlines() if line.strip())
    finally:
        psql("postgres", f'drop database if exists "{name}"')


def set_aside_backfill_defaults(lines: list[str], columns: list[str]) -> list[str]:
    result = []
    for line in lines:
        for column in columns:
            if re.match(rf"\s*column {re.escape(column)} ", line):
                line = re.sub(r" default=\S*", " default=", line)
                line = line.replace(" default=None", " default=")
        result.append(line)
    return result


def normalise_empty_default(lines: list[str]) -> list[str]:
    return [line.replace(" default=None", " default=") for line in lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("provider", choices=("sqlite", "postgres"))
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--backfill-default", action="append", default=[], metavar="TABLE.COLUMN")
    args = parser.parse_args()
    old_sql, new_sql = (open(p, encoding="utf-8-sig").read() for p in (args.old, args.new))
    if args.provider == "sqlite":
        old, new = sqlite_schema(old_sql), sqlite_schema(new_sql)
    else:
        old, new = postgres_schema(old_sql, "schema_old"), postgres_schema(new_sql, "schema_new")
    old = normalise_empty_default(set_aside_backfill_defaults(old, args.backfill_default))
    new = normalise_empty_default(new)
    # The history table's rows name the migrations, which are meant to differ; its shape is compared.
    diff = list(difflib.unified_diff(old, new, "old chain", "new chain", lineterm=""))
    if diff:
        print("\n".join(diff))
        return 1
    for column in args.backfill_default:
        print(f"{args.provider}: set aside the backfill default of {column} in the old chain")
    print(f"{args.provider}: the two chains build the same schema ({len(old)} lines of schema compared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Session 49 (gloss49a): glossary names of data infrastructure (databases and engines, data
platforms and formats, orchestration, vector search), LLM observability and evals, serving and MLOps,
agent frameworks and developer tools, and the people behind them: a misspelled name is found with the
canonical fix, whether the glossary lists that misspelling or only the fuzzy match finds it; a product,
unit or founder tied to the wrong firm is found and its own firm is quiet; the right spelling, and the
ordinary words that the new names are ("a ray of light", "the arrow", "a temporal pattern", "the
prefect of police", "airflow", "a haystack", "warp") or sit close to ("polar bears"), stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    ("Post Gress stores the embeddings.", "Post Gress", "PostgreSQL"),
    ("PostgresSQL stores the embeddings.", "PostgresSQL", "PostgreSQL"),
    ("Sqlite runs on the phone.", "Sqlite", "SQLite"),
    ("My Sequel still runs the site.", "My Sequel", "MySQL"),
    ("Mongo DB stores the documents.", "Mongo DB", "MongoDB"),
    ("Val Key replaced the cache.", "Val Key", "Valkey"),
    ("Duckdb runs the query on a laptop.", "Duckdb", "DuckDB"),
    ("Hannes Muleisen created the database.", "Hannes Muleisen", "Hannes Mühleisen"),
    ("Motherduck hosts the database.", "Motherduck", "MotherDuck"),
    ("Jordan Tigany runs the company.", "Jordan Tigany", "Jordan Tigani"),
    ("Cockroach DB survives the outage.", "Cockroach DB", "CockroachDB"),
    ("Scylla DB serves the reads.", "Scylla DB", "ScyllaDB"),
    ("Ping CAP builds the database.", "Ping CAP", "PingCAP"),
    ("Neo4J stores the graph.", "Neo4J", "Neo4j"),
    ("Influx DB stores the metrics.", "Influx DB", "InfluxDB"),
    ("Alloy DB runs Postgres on Google Cloud.", "Alloy DB", "AlloyDB"),
    ("Superbase hosts the backend.", "Superbase", "Supabase"),
    ("Stream Lit draws the dashboard.", "Stream Lit", "Streamlit"),
    ("Lake Base serves the agents.", "Lake Base", "Lakebase"),
    ("Reynold Shin co-founded the company.", "Reynold Shin", "Reynold Xin"),
    ("Apache Hoodie manages the tables.", "Apache Hoodie", "Apache Hudi"),
    ("Apache Parket stores the columns.", "Apache Parket", "Apache Parquet"),
    ("Richie Vink wrote the library.", "Richie Vink", "Ritchie Vink"),
    ("Wes Mckinney wrote the library.", "Wes Mckinney", "Wes McKinney"),
    ("Apache Kafca streams the events.", "Apache Kafca", "Apache Kafka"),
    ("Air Byte moves the data.", "Air Byte", "Airbyte"),
    ("Tristan Handey runs the company.", "Tristan Handey", "Tristan Handy"),
    ("AirFlow schedules the jobs.", "AirFlow", "Apache Airflow"),
    ("Dag Ster orchestrates the assets.", "Dag Ster", "Dagster"),
    ("Jeremiah Lowen founded the company.", "Jeremiah Lowen", "Jeremiah Lowin"),
    ("Kube Flow runs the pipelines.", "Kube Flow", "Kubeflow"),
    ("PG Vector adds vector search.", "PG Vector", "pgvector"),
    ("Lang Fuse traces the calls.", "Lang Fuse", "Langfuse"),
    ("Open Telemetry carries the traces.", "Open Telemetry", "OpenTelemetry"),
    ("Aparna Dinakaran co-founded the company.", "Aparna Dinakaran", "Aparna Dhinakaran"),
    ("Bento ML serves the model.", "Bento ML", "BentoML"),
    ("Py Dantic validates the data.", "Py Dantic", "Pydantic"),
    ("Open Tofu provisions the servers.", "Open Tofu", "OpenTofu"),
    ("Solomon Hikes founded the company.", "Solomon Hikes", "Solomon Hykes"),
    ("Kubernettes runs the containers.", "Kubernettes", "Kubernetes"),
    ("Big Query holds the warehouse.", "Big Query", "BigQuery"),
    ("MLFlow tracks the runs.", "MLFlow", "MLflow"),
    ("Data Dog watches the servers.", "Data Dog", "Datadog"),
    ("Source Graph searches the code.", "Source Graph", "Sourcegraph"),
    ("Sid Sijbrandji founded the company.", "Sid Sijbrandji", "Sid Sijbrandij"),
    ("Zach Loyd runs the company.", "Zach Loyd", "Zach Lloyd"),
    ("Frank Slootmann ran the company.", "Frank Slootmann", "Frank Slootman"),
    ("Michael Stonebreaker built the database.", "Michael Stonebreaker", "Michael Stonebraker"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Postgressql stores the data.", "Postgressql", "PostgreSQL"),
    ("DuckDBB runs the query.", "DuckDBB", "DuckDB"),
    ("Cockroachdb survives the outage.", "Cockroachdb", "CockroachDB"),
    ("PingCapp builds the database.", "PingCapp", "PingCAP"),
    ("Streamlitt draws the dashboard.", "Streamlitt", "Streamlit"),
    ("Snowpak runs the Python.", "Snowpak", "Snowpark"),
    ("Dagsterr orchestrates the assets.", "Dagsterr", "Dagster"),
    ("Kubeflo runs the pipelines.", "Kubeflo", "Kubeflow"),
    ("Langfusse traces the calls.", "Langfusse", "Langfuse"),
    ("Heliconee traces the calls.", "Heliconee", "Helicone"),
    ("Airbyt moves the data.", "Airbyt", "Airbyte"),
    ("OpenTelemetery carries the traces.", "OpenTelemetery", "OpenTelemetry"),
    ("LiteLLLM routes the calls.", "LiteLLLM", "LiteLLM"),
    ("BentoMLL serves the model.", "BentoMLL", "BentoML"),
    ("Ritchie Wink wrote the library.", "Ritchie Wink", "Ritchie Vink"),
    ("Wes McKinnie wrote the library.", "Wes McKinnie", "Wes McKinney"),
    ("Jordan Tiggani runs the company.", "Jordan Tiggani", "Jordan Tigani"),
    ("Reynold Zin co-founded the company.", "Reynold Zin", "Reynold Xin"),
    ("Spencer Kimbell runs the company.", "Spencer Kimbell", "Spencer Kimball"),
    ("Maxime Beauchemen created the tool.", "Maxime Beauchemen", "Maxime Beauchemin"),
    ("Jeremiah Lowinn founded the company.", "Jeremiah Lowinn", "Jeremiah Lowin"),
    ("Aparna Dhinakaren co-founded the company.", "Aparna Dhinakaren", "Aparna Dhinakaran"),
    ("Michael Stonebrakker built the database.", "Michael Stonebrakker", "Michael Stonebraker"),
    ("Salvatore Sanfillippo created the cache.", "Salvatore Sanfillippo", "Salvatore Sanfilippo"),
    ("Dev Ittychera runs the company.", "Dev Ittychera", "Dev Ittycheria"),
    ("Simon Eskildssen runs the company.", "Simon Eskildssen", "Simon Eskildsen"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, unit or founder tied to the wrong firm, its evidence, a quiet twin naming its own firm)
WRONG_MAKERS = [
    ("Snowflake's Databricks SQL runs the queries.", "Snowflake's Databricks SQL",
     "Databricks' Databricks SQL runs the queries."),
    ("Snowflake's Lakebase serves the agents.", "Snowflake's Lakebase", "Databricks' Lakebase serves the agents."),
    ("Snowflake's Agent Bricks builds agents.", "Snowflake's Agent Bricks",
     "Databricks' Agent Bricks builds agents."),
    ("Databricks' Streamlit draws the dashboard.", "Databricks' Streamlit",
     "Snowflake's Streamlit draws the dashboard."),
    ("Databricks' Snowpark runs the Python.", "Databricks' Snowpark", "Snowflake's Snowpark runs the Python."),
    ("Microsoft's AlloyDB runs Postgres.", "Microsoft's AlloyDB", "Google Cloud's AlloyDB runs Postgres."),
    ("Google's Amazon Aurora scales.", "Google's Amazon Aurora", "AWS's Amazon Aurora scales."),
    ("Google's SQL Server runs the bank.", "Google's SQL Server", "Microsoft's SQL Server runs the bank."),
    ("Microsoft's MySQL runs the site.", "Microsoft's MySQL", "Oracle's MySQL runs the site."),
    ("Crunchy Data, owned by Databricks, runs Postgres.", "Crunchy Data, owned by Databricks",
     "Crunchy Data, owned by Snowflake, runs Postgres."),
    ("Tecton, owned by Snowflake, serves features.", "Tecton, owned by Snowflake",
     "Tecton, owned by Databricks, serves features."),
    ("PingCAP's CockroachDB survives outages.", "PingCAP's CockroachDB",
     "Cockroach Labs' CockroachDB survives outages."),
    ("Cockroach Labs' TiDB scales MySQL.", "Cockroach Labs' TiDB", "PingCAP's TiDB scales MySQL."),
    ("LangChain's Arize Phoenix traces agents.", "LangChain's Arize Phoenix",
     "Arize AI's Arize Phoenix traces agents."),
    ("LangChain's LiteLLM routes calls.", "LangChain's LiteLLM", "BerriAI's LiteLLM routes calls."),
    ("LangChain's Logfire traces agents.", "LangChain's Logfire", "Pydantic's Logfire traces agents."),
    ("Databricks' Ray scales Python.", "Databricks' Ray", "Anyscale's Ray scales Python."),
    ("Hannes Mühleisen, the CEO of MotherDuck, spoke.", "Hannes Mühleisen, the CEO of MotherDuck",
     "Hannes Mühleisen, the CEO of DuckDB Labs, spoke."),
    ("Jordan Tigani, the CEO of DuckDB Labs, spoke.", "Jordan Tigani, the CEO of DuckDB Labs",
     "Jordan Tigani, the CEO of MotherDuck, spoke."),
    ("Ritchie Vink, the CEO of Posit, spoke.", "Ritchie Vink, the CEO of Posit",
     "Ritchie Vink, the CEO of Polars, spoke."),
    ("Tristan Handy, the CEO of Fivetran, spoke.", "Tristan Handy, the CEO of Fivetran",
     "Tristan Handy, the CEO of dbt Labs, spoke."),
    ("George Fraser, the CEO of dbt Labs, spoke.", "George Fraser, the CEO of dbt Labs",
     "George Fraser, the CEO of Fivetran, spoke."),
    ("Nick Schrock, the CEO of Prefect, spoke.", "Nick Schrock, the CEO of Prefect",
     "Nick Schrock, the CEO of Dagster Labs, spoke."),
    ("Jeremiah Lowin, the CEO of Dagster Labs, spoke.", "Jeremiah Lowin, the CEO of Dagster Labs",
     "Jeremiah Lowin, the CEO of Prefect, spoke."),
    ("Samuel Colvin, the CEO of LangChain, spoke.", "Samuel Colvin, the CEO of LangChain",
     "Samuel Colvin, the CEO of Pydantic, spoke."),
    ("Dev Ittycheria, the CEO of Redis, spoke.", "Dev Ittycheria, the CEO of Redis",
     "Dev Ittycheria, the CEO of MongoDB, spoke."),
    ("GitLab's GitHub Actions runs the builds.", "GitLab's GitHub Actions",
     "GitHub's GitHub Actions runs the builds."),
    ("MotherDuck's DuckDB runs on a laptop.", "MotherDuck's DuckDB", "DuckDB Labs' DuckDB runs on a laptop."),
    ("Weights & Biases, owned by Nvidia, tracks experiments.", "Weights & Biases, owned by Nvidia",
     "Weights & Biases, owned by CoreWeave, tracks experiments."),
    ("Neon, owned by Snowflake, runs Postgres.", "Neon, owned by Snowflake",
     "Neon, owned by Databricks, runs Postgres."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words and phrases beside them
QUIET = [
    "A ray of light fell on the desk, and the ray tracing looked real.",
    "The arrow hit the target, and an arrow points to the next step.",
    "A spark lit the fire.",
    "The modal dialog closed, and the modal verb is must.",
    "A temporal pattern emerged in the data.",
    "Polar bears live in the Arctic.",
    "The prefect of police spoke, and the school prefect rang the bell.",
    "The airflow in the room was poor.",
    "A needle in a haystack is hard to find.",
    "The ship went to warp speed, and the wood began to warp.",
    "The docker unloaded the ship.",
    "The tip of the iceberg showed, and a parquet floor shone.",
    "The pandas at the zoo ate bamboo.",
    "The astronomer watched a starburst galaxy.",
    "She wrote the data to a table in tabular form.",
    "PostgreSQL, Postgres, SQLite, MySQL, MariaDB and MongoDB store data.",
    "Redis and Valkey cache data, and DuckDB runs analytics on a laptop.",
    "MotherDuck hosts DuckDB, and Jordan Tigani runs it.",
    "Hannes Mühleisen and Mark Raasveldt created DuckDB at DuckDB Labs.",
    "CockroachDB comes from Cockroach Labs, and Spencer Kimball runs it.",
    "ScyllaDB and Apache Cassandra store wide rows.",
    "Vitess shards MySQL, and TiDB comes from PingCAP.",
    "SingleStore was called MemSQL, and Neo4j stores graphs.",
    "InfluxDB comes from InfluxData.",
    "Amazon Aurora, Aurora DSQL and Amazon Redshift run on AWS.",
    "AlloyDB, Bigtable and BigQuery run on Google Cloud.",
    "SQL Server comes from Microsoft, and Microsoft Fabric holds the lakehouse.",
    "Snowflake sells Snowpark, Streamlit and Snowflake Intelligence, and Sridhar Ramaswamy runs it.",
    "Crunchy Data is part of Snowflake, and Benoît Dageville co-founded Snowflake.",
    "Databricks sells Databricks SQL, Lakebase and Agent Bricks, and Reynold Xin co-founded it.",
    "Apache Iceberg, Apache Hudi, Delta Lake, Apache Arrow and Apache Parquet store tables.",
    "Polars and pandas are DataFrame libraries, and Ritchie Vink and Wes McKinney wrote them.",
    "Apache Kafka and Apache Flink stream events, and Ververica works on Flink.",
    "dbt comes from dbt Labs, and Tristan Handy runs it; George Fraser runs Fivetran.",
    "Airbyte moves data, Trino queries it, and Starburst sells Trino.",
    "Apache Airflow schedules jobs, and Astronomer sells it.",
    "Dagster comes from Dagster Labs, and Nick Schrock founded it.",
    "Prefect was founded by Jeremiah Lowin, and Temporal by Maxim Fateev.",
    "Kubeflow, Argo CD and KServe run on Kubernetes.",
    "Vespa.ai, pgvector, Chroma, LanceDB and turbopuffer search vectors.",
    "Langfuse, LangSmith, Helicone, Arize Phoenix and W&B Weave trace LLM calls.",
    "OpenTelemetry carries the traces, and Datadog shows them.",
    "Ray comes from Anyscale, and Robert Nishihara co-founded it.",
    "BentoML, Modal, Baseten and Replicate serve models, and Ben Firshman co-founded Replicate.",
    "LiteLLM comes from BerriAI.",
    "Pydantic makes Pydantic AI and Logfire, and Samuel Colvin created it.",
    "OpenTofu forked Terraform, and Armon Dadgar co-founded HashiCorp.",
    "Docker was founded by Solomon Hykes, and GitHub Actions runs the builds.",
    "GitLab was co-founded by Sid Sijbrandij, and Bill Staples runs it.",
    "Warp was founded by Zach Lloyd, and Nathan Sobo builds Zed.",
    "Pulumi and Terraform manage infrastructure.",
    "Michael Stonebraker built Postgres, and D. Richard Hipp wrote SQLite.",
    "Salvatore Sanfilippo created Redis, and Dev Ittycheria runs MongoDB.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []

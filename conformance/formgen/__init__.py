"""The input-form generator: simple cards re-expressed in every tree shape and value form, Next.js vs pureog."""

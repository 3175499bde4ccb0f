"""Files on disk: YAML that remembers its lines, files of number arrays mapped
into memory, sequences made on demand from packed columns, and the platform's
folders for the student's data, state and cache.

Imports nothing else of tutor's but tutor.errors; every room above may use it.
"""

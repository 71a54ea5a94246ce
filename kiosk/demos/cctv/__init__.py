"""The CCTV-wall demo: AI detections on a wall of anonymised camera schematics."""

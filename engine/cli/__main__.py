from innopath.engine.cli import main

main()

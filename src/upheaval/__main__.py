from upheaval.cli import main

main()
